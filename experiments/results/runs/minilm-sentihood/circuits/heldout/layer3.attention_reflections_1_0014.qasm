// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.9987262527534848) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a3707ce27cad2fa7c177c684df93e93d8d5cdfd6b7956a4610ee3d3f5624890f
