// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2356629343962044) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 28cb9bcb3cab580e4000b87c5dca5f83f75e460209f8447f2a37734b7390732d
