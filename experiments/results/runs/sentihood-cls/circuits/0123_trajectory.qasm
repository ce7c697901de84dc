// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5736453613793815) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6302b411acc6395e429b92e98cd49c5bb3a795e3904fd9ff033255090bec6e8b
