// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6096381751635749) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8b7fed9d954a71b64c65b740c33797d9313cb0801ffc2b1ca9b61e8bb97535e0
