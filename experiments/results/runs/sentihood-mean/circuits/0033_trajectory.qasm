// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0514907689345314) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cab2ff9548b3269e67482a7d7ad0731aa742897cdabfa2493251047775e1aa86
