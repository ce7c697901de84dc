// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6651188856792745) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 85ee673978ba589884c77b6b4a769119115c10584e3063a92f97c04eac9bada8
