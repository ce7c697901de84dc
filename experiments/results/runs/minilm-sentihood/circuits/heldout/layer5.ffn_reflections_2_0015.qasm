// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8605105071722656) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e38824c42f5ed3e7772ac54f32bb0dab119bd0bbf00deca6cd1b1a93d49906ae
