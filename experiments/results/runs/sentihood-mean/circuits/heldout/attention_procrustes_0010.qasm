// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.480018223902651) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 04bac0cdfa76e2b0b9e4b9371294eb9ef713719dabfd7b045c0daa1932de8341
