// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5229857973579841) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e9aa9148bf23d2538f48327e43de423660aac230b467557e823c20718dad6a00
