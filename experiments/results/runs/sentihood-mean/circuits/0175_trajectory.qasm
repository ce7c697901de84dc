// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4655569953504282) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 166498287842e20f30a90dad68f204af4d608899295d8166eb88043f8bb6f2ab
