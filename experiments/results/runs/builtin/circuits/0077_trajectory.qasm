// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3182619899115693) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5d93ff88954eed8cf621f608ad6ca17381bc39f34de217471ab42c9dc50982f2
