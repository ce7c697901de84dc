// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4094716386026107) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 08810445a2d7bd6965e2d56b5db8313b01bd311443dbd7afb7fc5321c410e33b
