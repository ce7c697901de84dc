// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3269631290786656) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5e1809b198b477007df3281993704c24016b02e7e394bf9175c2c3ec91741576
