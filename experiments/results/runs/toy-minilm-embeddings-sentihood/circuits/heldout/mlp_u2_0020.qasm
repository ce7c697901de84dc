// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.4077819388286783) q[0];
ry(2.9196267125026703) q[0];
rz(0.39881602689615026) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 308dea167c3cd890997ce56ae75922345d5547db72bc35efa7ddb40578de2017
