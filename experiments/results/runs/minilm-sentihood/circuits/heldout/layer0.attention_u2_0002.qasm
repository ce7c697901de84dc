// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.40852285157711066) q[0];
ry(2.3201616122670616) q[0];
rz(0.2867382914056109) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b0e580ea858222ccc36b8ddb0f044575b91f2e1a1a445fafd765abe8809d57ed
