// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5541122429025648) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8432b758718c787903d7067ec227dd2418bd74c604fe9cafbd3ac6169ca23fcc
