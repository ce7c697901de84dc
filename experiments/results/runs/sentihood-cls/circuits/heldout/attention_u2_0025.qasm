// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.6017625101268198) q[0];
ry(1.6677833505772544) q[0];
rz(1.8803950146666821) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 af7345abce7c9054766cc1fd082587fc05b52c9665fd6036871d3f95cfdc36c2
