// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6587172038739948) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 25fbc20c528bc94fadc5ebd88bbcad5a178d4ed602cff44f2c2860d8c6d1a362
