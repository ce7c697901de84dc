// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.9624729358433872) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6982ef8729f9038ddfb33dcfc9d73ab320bdc4cc487fc0007d52d0ca1d3f4ac2
