// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7122853187013822) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 31436bb6ededa80d53866fb67dd314475ccd69bec12a11f9ec2692c81cb2202e
