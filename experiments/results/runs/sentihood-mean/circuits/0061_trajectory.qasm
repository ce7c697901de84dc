// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3658247254273743) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2354b0b9331036018bf3b2bf737bb992500d9d0667ecf11d7792444f446bbc8a
