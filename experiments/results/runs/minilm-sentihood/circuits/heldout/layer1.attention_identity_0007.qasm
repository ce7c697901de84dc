// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.032197748655752) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4c083e70188cb66e072ed967aee5cd475d24ffc5bb967b8fe815d75af126a7ff
