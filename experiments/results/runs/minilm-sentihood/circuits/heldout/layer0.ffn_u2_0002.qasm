// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.17246492898018984) q[0];
ry(2.113009327776931) q[0];
rz(0.08964963161832129) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c3eeda343fcb944e40ca3ff6a40cec9a5fe474718e8a77e55c8a93d092c1ffd1
