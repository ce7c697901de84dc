// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.059705378172431) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d23472344888e313ddafd69adff96b78908ca00f5a3fd0de5e23e5c8d7d2545e
