// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.3946300062678927) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1692cc2677da9a207037740de897d57089685bc429b9822a5e6a0821e1ed7817
