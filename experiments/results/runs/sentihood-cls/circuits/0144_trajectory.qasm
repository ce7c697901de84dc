// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3929645152120687) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2ae0752821f11a74bc66d70356eadd77edfea4605777b6771f39c79aa15de12b
