// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3142750226963966) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0e7f4242a7a262d4125368dd3e905a195b49a1f0c7f6f312b6825994586d62bc
