// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.411296537188795) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ce5796b994a8dfb8623c83548161b1548a5984ee76103473bdae64a64eb3f509
