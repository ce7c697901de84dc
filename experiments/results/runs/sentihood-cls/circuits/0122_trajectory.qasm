// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6043856751368406) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e6bc52b6886dc61462f224f1826b95725dc3db43e9bbbb012e5d63adb5108b6f
