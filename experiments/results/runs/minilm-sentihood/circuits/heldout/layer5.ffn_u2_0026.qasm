// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.23521387946410277) q[0];
ry(1.749503591782172) q[0];
rz(0.0425738362921293) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 20defe71dcc75fa9081f87d6304848108642b7633295e4fc9e2f52b157e5e332
