// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6027550531294537) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9c0cdd6efcd568a368bb24b581ee8e736225d3fdd29baba69b0d463c135a529a
