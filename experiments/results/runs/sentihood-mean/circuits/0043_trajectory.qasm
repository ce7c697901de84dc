// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7420570696834843) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1edf4188ef85ff9c35755d5c5f1dd9768c2feaa5935e9e0df1bdeb5cc8775b4b
