// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3545722384774346) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 50d108452b797a69cdb24137a1001f5541bd5047eeebe016f2215905ec0ec565
