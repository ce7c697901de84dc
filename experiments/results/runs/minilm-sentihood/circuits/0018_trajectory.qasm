// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.238125117563078) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6797764c426355dc77052bc5ffa692537daaeb2ce305dfd2e304aec9338701e5
