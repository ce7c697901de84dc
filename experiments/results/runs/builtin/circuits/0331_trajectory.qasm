// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.2541454911717312) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a09c8d57c81db9601d79b25b55510ce420d2c35428f557d0d7c26de1755ff7ba
