// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.792481040476275) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0b60a20ed3dcf38458b815630400a606fb80ff3e99800efac4da8730d4d122be
