// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.08778625757195) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8ef26687e842ec0b968be756f5ab8a54464decd5a174df27a41df1f52acd3155
