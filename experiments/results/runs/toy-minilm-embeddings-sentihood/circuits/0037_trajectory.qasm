// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.03376227116284) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9beba28f61beedd19dec7c4f4c4f5fc973adb7d0c0c13efbf7c3458d1fd40162
