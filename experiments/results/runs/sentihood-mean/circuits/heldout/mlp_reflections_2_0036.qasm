// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0949624402541125) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c98322d4c85c2e9c4755931dc1f3a188a57975c2c4fd01e9ec23626a06151296
