// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5457819325309904) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1c5e53738945fcd57dc7ec8fc3bcf05f0619ff87f9bfa7070edcd90514f921b0
