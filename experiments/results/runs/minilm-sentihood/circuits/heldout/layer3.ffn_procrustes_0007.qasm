// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3561481712224366) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 00b1c73a368b96cb40ade93e48d178e768aaf671eff6f0729e6428f813764e21
