// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2277525874580948) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7c8510ba6a7689bb5df513bb98c59ebd1394d0e28f6fd7539246c1ff131ba6d1
