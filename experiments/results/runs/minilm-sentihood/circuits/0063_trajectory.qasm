// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.937025450128002) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 95755b4e6ec3feffe5a97571183c4bc06a7a53dc32c400e2d68f1fd19aefc0cf
