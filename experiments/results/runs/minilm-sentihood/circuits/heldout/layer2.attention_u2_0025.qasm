// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.46361526381074025) q[0];
ry(0.6516545084225389) q[0];
rz(-0.378356745618742) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 638d342b75a1f2544c8d5dfd8f6ec47a9e36a811c9ac74ff2f19f581e139431f
