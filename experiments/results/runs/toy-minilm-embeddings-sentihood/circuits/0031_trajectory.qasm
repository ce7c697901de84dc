// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6504907920882422) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3dddf183d58feab4f26919b1d794251cda0028f087b048adc3ffe42031544a75
