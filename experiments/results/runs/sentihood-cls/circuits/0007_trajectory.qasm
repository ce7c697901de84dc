// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3534915594300303) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9859eaae93e1f98f3a4604a136e699f4f461f704b6dfdca5e7ea0b96435da010
