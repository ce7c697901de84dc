// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.517036042894348) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 24602266bc618643a35171ca63bdada5bca29426f5cd2b262094b1941603b225
