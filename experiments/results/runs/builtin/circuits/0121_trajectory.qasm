// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.19596165717641245) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 96ac9e51eb1eb438b51fb869c4ebbe548984ba868f260c70e3fa18b83d965b87
