// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4126268389164913) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c9676aeb217d2dd0eb0930ea05164cdf71a6f709a3fb64438f62b850fabca54e
