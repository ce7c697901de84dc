// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.942431629644813) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3143f2d1f6bb9bbd9ac2bdab0f641052d560723839dfbd71c3f5a6acf3b7fef5
