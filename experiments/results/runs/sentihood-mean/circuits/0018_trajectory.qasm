// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7806175591907305) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a3823702f3afd32fcf1216aa388abaef6f377188741d5450483bbcfda34cca79
