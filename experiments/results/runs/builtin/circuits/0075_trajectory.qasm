// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0869631585262036) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7be5a3f2fff2175856518f662f5febd4de077ea4c882bae7a95a0bf024337fde
