// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24042735018701844) q[0];
ry(1.9945506130415414) q[0];
rz(0.100470805304822) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 94cb3231ad1110a22d0ba33c9f64007da6c08bdfe76418b60cba91011c5b3e6b
