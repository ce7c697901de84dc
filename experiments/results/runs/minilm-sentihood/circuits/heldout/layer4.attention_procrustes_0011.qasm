// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8748047143643412) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6dc70f3fb16554d91f1d3eb9bf426acb176fb21408ba57b268dcba28c86bb6a9
